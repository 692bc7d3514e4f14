/// The fonts of every page and printable report, with no external resources: the system's UI font, then fonts
/// that cover Chinese, then fonts that cover Uyghur's Arabic-script letters (ۆ ۈ ې ۋ ى ە …), each named as Debian,
/// Windows and macOS install them, then the generic family. Uyghur pages put the Arabic-script fonts first
/// (see ``uyghur``) so that its letters never take Latin metrics from a UI font that only partly covers them.
public enum FontStack {
    /// Chinese and Latin first.
    public static let standard =
        #"system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", \#(arabic), sans-serif"#

    /// Uyghur first: Debian's fonts-noto-core (Noto Sans Arabic, Noto Naskh Arabic; Noto Sans Arabic UI where installed),
    /// the UKIJ fonts common in Xinjiang, Windows' Microsoft Uighur, then the standard stack.
    public static let uyghur =
        #"\#(arabic), system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif"#

    static let arabic = #""Noto Sans Arabic UI", "Noto Sans Arabic", "Noto Naskh Arabic", "UKIJ Tuz Tom", "Microsoft Uighur", "Geeza Pro""#
}
