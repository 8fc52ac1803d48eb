import Diagnostics
import Monitoring
import Testing

@testable import Ingest

@Suite struct MethodologyErrorTests {
    static func yaml(indicators: String, levels: String? = nil) -> String {
        """
        title: Проверка
        levels:
        \(levels ?? """
          scale: points
          items:
            - {id: high, name: высокий, from: 2, to: 3}
            - {id: low, name: низкий, from: 0, to: 1}
        """)
        directions:
          - title: Направление
            indicators:
        \(indicators)
        """
    }

    static let fact = "      - {id: a, title: Факт, max: 3, rule: {kind: fact, points: 3}}"

    /// The problems reading `text` reports; any other error is thrown, failing the test.
    func problems(_ text: String) throws -> [Diagnostic] {
        do {
            _ = try Methodology.parse(text, file: "методика.yaml")
            return []
        } catch let report as DiagnosticReport {
            return report.diagnostics
        }
    }

    @Test func validMethodologyParses() throws {
        let methodology = try Methodology.parse(Self.yaml(indicators: Self.fact), file: "методика.yaml")
        #expect(methodology.maximum == 3)
        #expect(methodology.scale.level(total: -5, maximum: 3)?.id == "low")
    }

    @Test func unknownRuleKind() throws {
        let found = try problems(
            Self.yaml(indicators: "      - {id: a, title: Факт, max: 3, rule: {kind: magic, points: 3}}"))
        #expect(
            found.map(\.description) == [
                "методика.yaml, строка 10, позиция 51: unknown_rule_kind: неизвестный вид правила «magic»; "
                    + "допускаются: choice, per_item, events, checklist, fact, threshold, trend"
            ])
    }

    @Test func maximumTheRuleCannotReach() throws {
        let found = try problems(
            Self.yaml(indicators: "      - {id: a, title: Факт, max: 3, rule: {kind: fact, points: 2}}"))
        #expect(
            found.map(\.description) == [
                "методика.yaml, строка 10, позиция 9: maximum_mismatch: правило показателя «a» не может дать "
                    + "максимум 3 балла: по правилу наибольшее — 2 балла"
            ])
    }

    @Test func maximumTheRuleExceeds() throws {
        let indicator = """
                  - id: a
                    title: Выбор
                    max: 3
                    rule:
                      kind: choice
                      options:
                        - {answer: да, points: 5}
                        - {answer: нет, points: 0}
            """
        let found = try problems(
            Self.yaml(
                indicators: indicator,
                levels: """
                      scale: points
                      items:
                        - {id: high, name: высокий, from: 2, to: 3}
                        - {id: low, name: низкий, from: 0, to: 1}
                    """))
        #expect(
            found.first?.description
                == "методика.yaml, строка 10, позиция 9: maximum_mismatch: правило показателя «a» может дать больше, "
                + "чем максимум 3 балла: по правилу наибольшее — 5 баллов")
    }

    @Test func overlappingLevels() throws {
        let found = try problems(
            Self.yaml(
                indicators: Self.fact,
                levels: """
                      scale: points
                      items:
                        - {id: high, name: высокий, from: 2, to: 3}
                        - {id: low, name: низкий, from: 0, to: 2}
                    """))
        #expect(
            found.map(\.description) == [
                "методика.yaml, строка 3, позиция 3: levels_overlap: уровни «низкий» (0–2) и «высокий» (2–3) пересекаются"
            ])
    }

    @Test func gapBetweenLevels() throws {
        let found = try problems(
            Self.yaml(
                indicators: Self.fact,
                levels: """
                      scale: points
                      items:
                        - {id: high, name: высокий, from: 3, to: 3}
                        - {id: low, name: низкий, from: 0, to: 1}
                    """))
        #expect(
            found.map(\.description) == [
                "методика.yaml, строка 3, позиция 3: levels_gap: между уровнями «низкий» (0–1) и «высокий» (3–3) "
                    + "пропущены баллы"
            ])
    }

    @Test func scaleMaximumDiffersFromTheIndicators() throws {
        let found = try problems(
            Self.yaml(
                indicators: Self.fact,
                levels: """
                      scale: points
                      items:
                        - {id: high, name: высокий, from: 2, to: 5}
                        - {id: low, name: низкий, from: 0, to: 1}
                    """))
        #expect(
            found.map(\.description) == [
                "методика.yaml, строка 3, позиция 3: scale_maximum: шкала уровней заканчивается на 5 баллов, "
                    + "а сумма максимумов показателей — 3 балла"
            ])
    }

    @Test func everyProblemIsReportedTogether() throws {
        let indicators = """
                  - {id: a, title: Факт, max: 3, rule: {kind: fact, points: 2}}
                  - {id: a, title: Повтор, max: 1, rule: {kind: unknown}}
                  - {id: c, title: Порог, max: 1}
            """
        #expect(
            try problems(Self.yaml(indicators: indicators)).map(\.code)
                == [MethodologyCode.maximumMismatch, .unknownRuleKind, .missingField].map(\.rawValue))
    }
}
