"""Limits and patterns more than one rule module reads."""

from __future__ import annotations

import re

AFTER_BREAK = re.compile(r"[,;:()\[\]]|\s(?:and|while|whereas|but|as|because|thanks to|due to|despite|"
                         r"in spite of|amid|although|though|driven by|helped by|boosted by|led by|"
                         r"on the back of|va|trong khi|con|nhung|nho|mac du|bat chap)\s")
WHOLE_YEAR = re.compile(r"\b(?:full[- ]year|whole[- ]year|for the whole of|as a whole|ca nam|rieng nam)\b")
COMPARED_WITH = re.compile(r"\b(?:(?:cao|thap|nhinh|nhanh|cham|vuot) hon(?: nhieu| chut| mot chut| han)?"
                           r"(?:\s+so voi)?(?:\s+muc)?(?: tang)?|so voi(?: muc)?(?: tang)?|"
                           r"(?:cao|thap|nhanh|cham) hon(?: nhieu| han)? (?:so voi )?nam (?:19|20)\d\d "
                           r"\((?:tang|giam)?|"
                           # ("cao hơn hẳn năm 2023 (tăng 4,1%)": that year's figure)
                           r"compared (?:with|to)(?: the)?|than the|"
                           r"(?:slowing|slowed|easing|eased|down|up|accelerating|rising|falling) from)\s+$")
REACH = 300  # characters: how far after a number its words are looked for (keeps long text linear)
RESPECTIVELY = re.compile(r"\b(?:respectively|lan luot|tuong ung)\b")
GOAL_AFTER = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:(?:\w+\s+)?(?:target|goal)s?\b"
                        r"|it (?:had )?(?:targeted|set|aimed for|planned)\b"
                        r"|(?:(?:originally|initially|earlier|previously)\s+)?(?:planned|targeted|envisaged)\b)")
# ("its 10% goal", "the 10% it had targeted", "the 8.5% originally targeted": the number is a target)
