import Foundation
import Hummingbird
import OasisCore
import OasisServices

/// The grid page: every grid on the map Oasis draws (`HotlineMap`, as the citizen's form draws the regions), and
/// per grid its workers, the cases found on patrol and reported by citizens, closed and closed on time.
extension GridRoutes {
    func page(_ request: Request, _ context: OasisRequestContext) async throws -> Response {
        try await pages.page(context) { context in
            let language = context.language
            let all = try await grids.list(by: context.principal)
            let figures = try await grids.metrics(by: context.principal)
            let workers = Dictionary(grouping: try await grids.workers(by: context.principal), by: \.grid)
            let map = HotlineMap(outlines: all.map { HotlineMap.Outline(code: $0.code, name: "\($0.name) (\($0.code))", depth: 1, area: $0.area) })
            let data: [String: Any] = [
                "map": map.render(title: catalogue.text("grid_map_title", language)) ?? "",
                "hasGrids": !all.isEmpty,
                "rows": figures.map { row -> [String: Any] in
                    [
                        "code": row.grid, "name": row.name, "patrol": NumberFormat.integer(row.patrol), "citizen": NumberFormat.integer(row.citizen),
                        "closed": NumberFormat.integer(row.closed), "onTime": NumberFormat.integer(row.closedOnTime),
                        "rate": row.onTimeRate.map { SVG.number($0 * 100, decimals: 1) + " %" } ?? "—",
                        "workers": (workers[row.grid] ?? []).map(\.username).joined(separator: ", "),
                    ]
                },
            ]
            return pages.render("grids", title: catalogue.text("grid_title", language), data: data, current: "/grids", context: context)
        }
    }
}
