import OasisCore

extension ProjectFlag {
    /// The flag's detail in a language of the catalogue (the English detail when the flag carries no message).
    public func detail(in language: Language, catalogue: MessageCatalogue = .standard) -> String {
        messageKey.isEmpty ? detail : catalogue.text(MessageKey(messageKey), language, arguments: arguments)
    }
}
