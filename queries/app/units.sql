-- Every provincial unit of both generations, for the pickers, region colours and merger links.
SELECT code, generation, name_vi, name_en, type, region, successor_code
FROM provinces
ORDER BY generation, name_en;
