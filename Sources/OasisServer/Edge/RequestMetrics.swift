import Foundation
import HTTPTypes
import Metrics
import OasisServices
import Synchronization

/// The per-request Prometheus series (`hb_requests`, `hb_request_errors`, `http_server_request_duration`,
/// `http_server_active_requests`), looked up once per route, method and status and then kept, so that recording
/// a request costs a dictionary lookup and the increments.
final class RequestMetrics: Sendable {
    struct Key: Hashable {
        let route: String
        let method: HTTPRequest.Method
        let status: Int
    }

    struct Series {
        let requests: Counter
        let errors: Counter
        let duration: Timer
    }

    private let series = Mutex<[Key: Series]>([:])
    private let active = Mutex<[HTTPRequest.Method: Meter]>([:])

    /// A request in `http_server_active_requests` until `end()`.
    struct ActiveRequest {
        fileprivate let meter: Meter

        func end() { meter.decrement() }
    }

    /// A request has arrived: it counts as active until the returned value's `end()`.
    func started(_ method: HTTPRequest.Method) -> ActiveRequest {
        let meter = activeRequests(method)
        meter.increment()
        return ActiveRequest(meter: meter)
    }

    private func activeRequests(_ method: HTTPRequest.Method) -> Meter {
        active.withLock { active in
            if let meter = active[method] { return meter }
            let meter = Meter(label: "http.server.active_requests", dimensions: [("http.request.method", method.rawValue)])
            active[method] = meter
            return meter
        }
    }

    /// Counts one finished request; `failed` when it ended in an error rather than a response.
    func record(route: String, method: HTTPRequest.Method, status: Int, nanoseconds: Int64, failed: Bool) {
        let key = Key(route: route, method: method, status: status)
        let series = self.series.withLock { series in
            if let found = series[key] { return found }
            let made = Self.series(for: key)
            series[key] = made
            return made
        }
        series.requests.increment()
        series.duration.recordNanoseconds(nanoseconds)
        if failed { series.errors.increment() }
    }

    private static func series(for key: Key) -> Series {
        let dimensions = [("http.route", key.route), ("http.request.method", key.method.rawValue), ("http.response.status_code", String(key.status))]
        return Series(
            requests: Counter(label: "hb.requests", dimensions: dimensions),
            errors: Counter(label: "hb.request.errors", dimensions: [dimensions[0], dimensions[1], ("error.type", String(key.status))]),
            duration: Timer(label: "http.server.request.duration", dimensions: dimensions, preferredDisplayUnit: .seconds)
        )
    }
}
