import Foundation
import PaperworkKit
import Store

extension MonitoringRoutes {
    /// A school's results in every monitoring of the series (its old codes counted as its own), for
    /// its page: a table by period and a small chart.
    func addHistory(
        to data: inout PageData, code: String, campaign: CampaignRecord, methodology: MethodologyRecord?
    ) async throws {
        let history = try await store.schoolHistory(code: code, methodologyID: campaign.methodologyID)
        let levels =
            methodology.flatMap { try? Paperwork.methodology(NamedBytes(name: $0.fileName, bytes: $0.yaml)) }?.scale
            .levels.map(\.id) ?? []
        data["history"] = history.map { entry in
            [
                "period": entry.campaign.period, "total": Format.points(entry.school.total),
                "maximum": Format.points(entry.school.maximum),
                "percent": RussianNumber.format(
                    entry.school.maximum > 0 ? entry.school.total / entry.school.maximum * 100 : 0, decimals: 1),
                "level": entry.school.levelName, "place": entry.school.place,
                "current": entry.campaign.id == campaign.id,
                "href": "/monitorings/\(entry.campaign.id)/schools/" + Self.pathCode(entry.school.code),
            ] as [String: Any]
        }
        data["hasHistory"] = history.count > 1
        data["historyChart"] = HistoryChart.svg(
            history.map { entry in
                HistoryChart.Bar(
                    period: entry.campaign.period, total: entry.school.total, maximum: entry.school.maximum,
                    levelRank: levels.firstIndex(of: entry.school.levelID) ?? -1, levelCount: levels.count)
            })
    }

    /// A school code as a path segment: percent-encoded, so that no code becomes another path.
    static func pathCode(_ code: String) -> String {
        String(SchoolRoutes.href(code).dropFirst("/schools/".count))
    }
}
