extension Region {
    /// The language the region's name is shown in on a page of `language`: the page's own, or the fallback's when the
    /// region has no name in it (a Uyghur page shows a district without a Uyghur name in Chinese, marked `lang`).
    public func nameLanguage(in language: Language) -> Language {
        names.language(shownIn: language)
    }
}
