import SQLiteNIO
import PostgresNIO
print("min-c", SQLiteData.integer(1), PostgresClient.Configuration.self)
