import Foundation
import OasisCore
import Testing

@Suite("Project checks the policy asks for")
struct ProjectChecksTests {
    static let day: TimeInterval = 86_400
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    /// A square boundary around (87.6, 43.8), roughly central Urumqi, with a hole.
    static let boundary = BoundaryArea(polygons: [
        [
            [
                GeoPoint(longitude: 87.4, latitude: 43.6), GeoPoint(longitude: 87.8, latitude: 43.6),
                GeoPoint(longitude: 87.8, latitude: 44.0), GeoPoint(longitude: 87.4, latitude: 44.0),
            ],
            [
                GeoPoint(longitude: 87.55, latitude: 43.75), GeoPoint(longitude: 87.65, latitude: 43.75),
                GeoPoint(longitude: 87.65, latitude: 43.85), GeoPoint(longitude: 87.55, latitude: 43.85),
            ],
        ]
    ])

    func project(_ change: (inout RenewalProject) -> Void = { _ in }) -> RenewalProject {
        var project = RenewalProject(
            code: "P-1", nameZh: "老旧小区改造", nameEn: "Old neighbourhood renovation", type: .oldNeighbourhoodRenovation,
            region: "650102", location: GeoPoint(longitude: 87.45, latitude: 43.7), stage: .underConstruction,
            budget: [.fiscal: 800, .specialBonds: 200], actualInvestment: [2025: 600],
            plannedEnd: Self.now + 30 * Self.day, citedProblems: [7])
        change(&project)
        return project
    }

    func kinds(_ project: RenewalProject) -> [ProjectFlag.Kind] {
        ProjectChecks().flags(for: project, boundary: Self.boundary, now: Self.now).map(\.kind)
    }

    @Test("a project inside the boundary, on time and budget, citing a problem, is not flagged")
    func clean() {
        #expect(kinds(project()).isEmpty)
    }

    @Test("outside the urban development boundary (also inside a hole) is flagged")
    func boundary() {
        #expect(kinds(project { $0.location = GeoPoint(longitude: 88.1, latitude: 43.7) }) == [.outsideBoundary])
        #expect(kinds(project { $0.location = GeoPoint(longitude: 87.6, latitude: 43.8) }) == [.outsideBoundary])
        #expect(
            kinds(
                project {
                    $0.location = nil
                    $0.area = BoundaryArea(polygons: [
                        [
                            [
                                GeoPoint(longitude: 87.7, latitude: 43.7), GeoPoint(longitude: 87.9, latitude: 43.7),
                                GeoPoint(longitude: 87.9, latitude: 43.9),
                            ]
                        ]
                    ])
                }) == [.outsideBoundary])
    }

    @Test("residential buildings over 80 m are flagged; 80 m exactly and non-residential are not")
    func superTall() {
        #expect(
            kinds(
                project {
                    $0.residential = true
                    $0.maximumHeightMeters = 99
                }) == [.superTallResidential])
        #expect(
            kinds(
                project {
                    $0.residential = true
                    $0.maximumHeightMeters = 80
                }
            ).isEmpty)
        #expect(
            kinds(
                project {
                    $0.residential = false
                    $0.maximumHeightMeters = 150
                }
            ).isEmpty)
    }

    @Test("time and cost overruns, overdue milestones and uncited renewal projects are flagged")
    func overruns() {
        #expect(kinds(project { $0.plannedEnd = Self.now - 10 * Self.day }) == [.timeOverrun])
        #expect(
            kinds(
                project {
                    $0.plannedEnd = Self.now - 10 * Self.day
                    $0.stage = .completed
                    $0.actualEnd = Self.now - 20 * Self.day
                }
            ).isEmpty)
        #expect(
            kinds(
                project {
                    $0.stage = .completed
                    $0.actualEnd = Self.now + 40 * Self.day
                }) == [.timeOverrun])
        #expect(kinds(project { $0.actualInvestment = [2024: 700, 2025: 400] }) == [.costOverrun])
        #expect(kinds(project { $0.milestones = [ProjectMilestone(name: "design", due: Self.now - Self.day)] }) == [.overdueMilestone])
        #expect(kinds(project { $0.citedProblems = [] }) == [.noCitedProblem])
        #expect(
            kinds(
                project {
                    $0.citedProblems = []
                    $0.type = .shelter
                }
            ).isEmpty)
    }

    @Test("projects move one stage at a time")
    func lifecycle() {
        #expect(ProjectStage.reserve.canMove(to: .preparation))
        #expect(!ProjectStage.reserve.canMove(to: .underConstruction))
        #expect(ProjectStage.completed.canMove(to: .underConstruction))
        #expect(!ProjectStage.accepted.canMove(to: .accepted))
    }
}
