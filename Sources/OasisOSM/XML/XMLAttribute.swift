/// One attribute of an element, with entity and character references already replaced.
struct XMLAttribute: Equatable {
    let name: String
    let value: String
}
