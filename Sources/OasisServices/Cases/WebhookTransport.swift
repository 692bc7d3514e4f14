import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Posts each outbox message as JSON to a webhook (an SMS or app gateway of the city, for example);
/// any 2xx answer counts as delivered.
public struct WebhookTransport: NotificationTransport {
    public let url: URL
    public let timeout: TimeInterval

    public init(url: URL, timeout: TimeInterval = 5) {
        self.url = url
        self.timeout = timeout
    }

    public func deliver(_ payload: String) async -> Bool {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(payload.utf8)
        do {
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse).map { (200..<300).contains($0.statusCode) } ?? false
        } catch {
            return false
        }
    }
}
