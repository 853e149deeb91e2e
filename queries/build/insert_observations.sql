-- Bulk insert of the rows registered as the view 'incoming' (a pandas/Arrow frame), by column name.
INSERT INTO observations BY NAME SELECT * FROM incoming;
