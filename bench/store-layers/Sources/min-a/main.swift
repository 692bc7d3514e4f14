import SQLKit
import SQLiteKit
import PostgresKit
print("min-a", SQLiteDataEncoder.self, SQLPostgresConfiguration.self, SQLRaw("SELECT 1").sql)
