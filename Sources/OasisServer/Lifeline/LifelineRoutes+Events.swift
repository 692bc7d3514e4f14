import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import OasisCore
import OasisServices
import OasisStore
import ServiceLifecycle

/// The live stream (`GET /api/v1/lifeline/events`, `text/event-stream`): one server-sent event per alert change this
/// server makes (`opened`, `level`, `cleared`, `acknowledged`, `dispatched`, `resolved`, `closed`, `escalated`), each
/// with its id and the alert as JSON, kept to the alerts the reader may list; a keep-alive comment every 15 seconds.
/// `Last-Event-ID` (or `?lastEventId=`) replays the events after it from the server's ring of the last 1,000; an id
/// the ring no longer holds (or from before a restart) gets one `reset` event: reload the alert list, then follow.
/// A client that falls behind by a full buffer is disconnected, and reconnects with its last id.
extension LifelineRoutes {
    func events(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        let access = try context.principal.access(for: .readCases)
        let admits = try await Self.eventFilter(access, store: store)
        let lastID = request.headers[.lastEventID] ?? RequestParameters.text(request, "lastEventId")
        let subscription = lifeline.events.subscribe(after: lastID, admits: admits)
        var headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
        headers[.xAccelBuffering] = "no"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                defer { subscription.close() }
                try await writer.write(ByteBuffer(string: Self.preamble(subscription.replay)))
                try await withTaskCancellationOrGracefulShutdownHandler {
                    for await item in subscription.items {
                        switch item {
                        case .event(let event): try await writer.write(ByteBuffer(string: event.serverSentEvent))
                        case .keepAlive: try await writer.write(ByteBuffer(string: ": keep-alive\n\n"))
                        }
                    }
                } onCancelOrGracefulShutdown: {
                    subscription.close()
                }
                try await writer.finish(nil)
            })
    }

    /// What a stream starts with: the reconnection delay, then the replay or a `reset`.
    static func preamble(_ replay: LifelineEventHub.Replay) -> String {
        var text = "retry: 5000\n: lifeline alert changes\n\n"
        switch replay {
        case .events(let events): text += events.map(\.serverSentEvent).joined()
        case .reset: text += "event: reset\ndata: {\"reason\":\"the last event id is no longer held; reload the alert list\"}\n\n"
        }
        return text
    }

    /// Whether an event concerns an alert the access may list: its asset's region within the access's regions and,
    /// for a user bound to units, its owner unit among them (as the alert list's scope).
    static func eventFilter(_ access: StoreAccess, store: Store) async throws -> @Sendable (LifelineAlertEvent) -> Bool {
        let scope = access.scope
        if scope.coversAllRegions && scope.coversAllUnits { return { _ in true } }
        let paths = try await store.regions.paths()
        let regions = scope.regions.map(\.rawValue)
        let units = Set(scope.units)
        return { event in
            (regions.isEmpty || regions.contains { paths.isWithin(event.region, $0) }) && (units.isEmpty || units.contains(event.ownerUnit))
        }
    }
}

extension HTTPField.Name {
    static let lastEventID = HTTPField.Name("Last-Event-ID")!
    static let xAccelBuffering = HTTPField.Name("X-Accel-Buffering")!
}
