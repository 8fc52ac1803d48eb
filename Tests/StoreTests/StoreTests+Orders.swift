import Foundation
import Testing

@testable import Store

/// The orders table on every database the store runs on: a draft is kept as its YAML text,
/// replaced in place, listed last-changed first, and remembers who created it. Part of the
/// serialized store suite: its tests share one PostgreSQL database and empty it before each.
extension StoreTests {
    static let orderYAML = """
        title: "Об утверждении плана «ВПР»\\nна 2024 год"
        number: 01-04-305
        items:
          - Утвердить план № 1 (приложение).
        """

    @Test(arguments: StoreFixture.kinds)
    func ordersAreSavedReplacedAndListed(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            #expect(try await store.orders().isEmpty)
            let first = OrderRecord(
                id: "o1", title: "Об утверждении плана «ВПР»", number: "01-04-305", date: "2023-11-08",
                yaml: Self.orderYAML, problems: 0, createdAt: Date(timeIntervalSince1970: 1_700_000_000),
                createdBy: "Белова", updatedAt: Date(timeIntervalSince1970: 1_700_000_000), updatedBy: "Белова")
            try await store.saveOrder(first)
            #expect(try await store.order(id: "o1") == first)
            #expect(try await store.order(id: "нет") == nil)

            let second = OrderRecord(
                id: "o2", title: "О мониторинге", number: "", date: "", yaml: "title: О мониторинге\n", problems: 2,
                createdAt: Date(timeIntervalSince1970: 1_700_000_100), createdBy: "Ковалёва",
                updatedAt: Date(timeIntervalSince1970: 1_700_000_100), updatedBy: "Ковалёва")
            try await store.saveOrder(second)
            var listed = try await store.orders()
            #expect(listed.map(\.id) == ["o2", "o1"])
            #expect(listed.first?.yaml == "")
            #expect(listed.first?.problems == 2)

            // Saved again by another user: the creation stays, the change is recorded.
            var edited = first
            edited.title = "Изменённый"
            edited.yaml = Self.orderYAML + "\n  - Второй пункт."
            edited.createdAt = Date(timeIntervalSince1970: 1_800_000_000)
            edited.createdBy = "кто-то другой"
            edited.updatedAt = Date(timeIntervalSince1970: 1_700_000_200)
            edited.updatedBy = "Ковалёва"
            try await store.saveOrder(edited)
            let reopened = try #require(try await store.order(id: "o1"))
            #expect(reopened.yaml == edited.yaml)
            #expect(reopened.title == "Изменённый")
            #expect(reopened.createdBy == "Белова")
            #expect(reopened.createdAt == first.createdAt)
            #expect(reopened.updatedBy == "Ковалёва")
            listed = try await store.orders()
            #expect(listed.map(\.id) == ["o1", "o2"])
        }
    }
}
