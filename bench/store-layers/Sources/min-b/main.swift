import GRDB
import PostgresNIO
print("min-b", (try? DatabaseQueue()) != nil, PostgresClient.Configuration.self)
