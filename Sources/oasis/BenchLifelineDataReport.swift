import Foundation
import OasisCore

enum LifelineDataReport: Encodable {
    case skab(SKABFigures)
    case river(RiverFlowReport)
    case whut([WHUTReport])

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .skab(let figures): try figures.encode(to: encoder)
        case .river(let report): try report.encode(to: encoder)
        case .whut(let runs): try runs.encode(to: encoder)
        }
    }
}
