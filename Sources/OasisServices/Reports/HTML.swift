/// Escaping for HTML built in code (reports), matching what mustache does for templates.
public enum HTML {
    public static func escape(_ text: String) -> String { SVG.escape(text) }
}
