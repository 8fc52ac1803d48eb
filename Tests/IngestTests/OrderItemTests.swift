import Foundation
import Orders
import Testing

@testable import Ingest

/// Order items whose text cannot be filled are reported with their place and a code, never
/// dropped; the sub-items of a failed item are still checked.
@Suite struct OrderItemTests {
    func load(_ text: String) throws -> Order {
        try OrderLoader.load(NamedBytes(name: "приказ.yaml", text: text), files: FolderSource(folder: Samples.folder))
    }

    @Test func validOrderReads() throws {
        let order = try load(Samples.order)
        #expect(
            order.items.map(\.text) == [
                "Утвердить рейтинг (приложение).",
                "Контроль возложить на заместителя начальника "
                    + "Тихомирова\u{A0}А.И.",
            ])
    }

    @Test func unknownPersonIsReportedAtItsItem() {
        let text = Samples.order.replacingOccurrences(
            of: "{{ deputy | accusative }}", with: "{{ deputi | accusative }}")
        let found = Reported.of { _ = try load(text) }
        #expect(
            found == [
                Reported(
                    code: "unknown_person",
                    message: "пункт 2: в теге «{{ deputi | accusative }}»: нет значения "
                        + "«deputi»", line: 10, column: 5)
            ])
    }

    /// Before, a failed item's sub-items were never read, so their own problems went unreported.
    @Test func subitemsOfAFailedItemAreChecked() {
        let text = Samples.order.replacingOccurrences(
            of: "  - Утвердить рейтинг (приложение).\n",
            with: """
                  - text: "{{ hed | dative }} обеспечить:"
                    items:
                      - "{{ deputy | dative | shout }} проверить"
                      - 5
                      - {items: [а]}

                """)
        let found = Reported.of { _ = try load(text) }
        #expect(
            found.map(\.description) == [
                "9:11 unknown_person: пункт 1: в теге «{{ hed | dative }}»: нет значения «hed»",
                "11:9 bad_text: пункт 1.1: неизвестный фильтр «shout» в теге «{{ deputy | dative | shout }}»",
                "13:9 bad_field: пункт 1.3: нужен текст пункта (строка или поле text)",
            ])
    }

    @Test func itemsMustBeAList() {
        let text = Samples.order.replacingOccurrences(
            of: "items:\n  - Утвердить рейтинг (приложение).\n",
            with: "items: Утвердить\n"
                + "items_old:\n")
        let found = Reported.of { _ = try load(text) }
        #expect(found.map(\.code) == ["bad_field"])
    }
}
