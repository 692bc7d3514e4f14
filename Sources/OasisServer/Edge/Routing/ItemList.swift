/// `{"items":[…]}`: every list the API returns.
struct ItemList<Item: Codable & Sendable>: Codable, Sendable {
    var items: [Item]
}
