/// The materialised ancestry of a region, `/650000/650100/650102/`, stored beside each region so that
/// "this region and everything below it" is one prefix match in either store.
public enum RegionPath {
    /// The path of a region given its parent's path (nil for a root).
    public static func path(of code: RegionCode, parentPath: String?) -> String {
        (parentPath ?? "/") + code.rawValue + "/"
    }
}
