"""The rules that decide a number's indicator, province, year and kind, one module each."""
