import Diagnostics
import Foundation
import Testing

@testable import Store

/// The order register on every database the store runs on: numbers given under concurrency are
/// distinct and consecutive, a failed registration uses none, a cancelled order keeps its number,
/// and a kept file is read back only if its SHA-256 still matches.
extension StoreTests {
    static func entry(_ title: String, date: String = "2026-12-01", series: String = "од", year: Int = 2026)
        -> RegisterEntry
    {
        RegisterEntry(
            id: UUID().uuidString.lowercased(), series: series, counterYear: year, sequence: 0, number: "", date: date,
            title: title, signatory: "Начальник И.С. Ковалёва", executor: "", yaml: "title: \(title)\n",
            registeredBy: "Белова")
    }

    @Test(arguments: StoreFixture.kinds)
    func concurrentRegistrationsGetDistinctConsecutiveNumbers(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for task in 0..<10 {
                    group.addTask {
                        for index in 0..<20 {
                            _ = try await store.register(
                                Self.entry("Приказ \(task)-\(index)"), number: { "\($0)-од" },
                                files: { number in
                                    [RegisteredFile(format: "docx", name: "\(number).docx", bytes: Array(number.utf8))]
                                })
                        }
                    }
                }
                try await group.waitForAll()
            }
            let entries = try await store.registerEntries()
            #expect(entries.count == 200)
            #expect(entries.map(\.sequence).sorted() == Array(1...200))
            #expect(Set(entries.map(\.number)) == Set((1...200).map { "\($0)-од" }))
            // Each order's file was made with the number it got.
            for entry in entries.prefix(5) {
                let file = try await store.registeredFile(of: entry.id, format: "docx")
                #expect(file.map { String(decoding: $0.bytes, as: UTF8.self) } == entry.number)
                #expect(file?.sha256 == Store.sha256(Array(entry.number.utf8)))
            }
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func aFailedRegistrationUsesNoNumberAndYearsAndSeriesCountApart(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.register(Self.entry("Первый"), number: { "\($0)-од" }, files: { _ in [] })
            await #expect(throws: Diagnostic.self) {
                _ = try await store.register(Self.entry("Сорванный"), number: { "\($0)-од" }) { _ in
                    throw Diagnostic("template_broken", "шаблон повреждён", at: SourceLocation())
                }
            }
            let second = try await store.register(Self.entry("Второй"), number: { "\($0)-од" }, files: { _ in [] })
            #expect([first.number, second.number] == ["1-од", "2-од"])
            #expect(try await store.registerEntries().map(\.title) == ["Первый", "Второй"])
            let nextYear = try await store.register(
                Self.entry("Новый год", date: "2027-01-09", year: 2027), number: { "\($0)-од" }, files: { _ in [] })
            let otherSeries = try await store.register(
                Self.entry("Кадры", series: "лс"), number: { "\($0)-лс" }, files: { _ in [] })
            #expect(nextYear.number == "1-од")
            #expect(otherSeries.number == "1-лс")
            #expect(try await store.registerEntries(RegisterQuery(year: 2027)).map(\.title) == ["Новый год"])
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func aCancelledOrderKeepsItsNumber(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let old = try await store.register(Self.entry("Старый"), number: { "\($0)" }, files: { _ in [] })
            let canceller = try await store.register(Self.entry("Об отмене"), number: { "\($0)" }, files: { _ in [] })
            try await store.cancelRegistered(old.id, by: canceller.id)
            await #expect(throws: Diagnostic.self) { try await store.cancelRegistered(old.id, by: canceller.id) }
            await #expect(throws: Diagnostic.self) { try await store.cancelRegistered(canceller.id, by: canceller.id) }
            let after = try await store.register(Self.entry("Следующий"), number: { "\($0)" }, files: { _ in [] })
            #expect(after.number == "3")
            let kept = try await store.registerEntry(id: old.id)
            #expect(kept?.state == .cancelled)
            #expect(kept?.cancelledBy == canceller.id)
            #expect(kept?.number == "1")
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func aKeptFileChangedInTheDatabaseIsRefused(kind: StoreFixture.Kind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let bytes = Array("PK приказ".utf8)
            let entry = try await store.register(
                Self.entry("Приказ"), number: { "\($0)" },
                files: { _ in [RegisteredFile(format: "pdf", name: "приказ.pdf", bytes: bytes)] })
            #expect(try await store.registeredFile(of: entry.id, format: "pdf")?.bytes == bytes)
            #expect(try await store.registeredFiles(of: entry.id).map(\.sha256) == [Store.sha256(bytes)])
            _ = try await store.database.update("register_files").set("bytes", to: Data("подмена".utf8)).run()
            do {
                _ = try await store.registeredFile(of: entry.id, format: "pdf")
                Issue.record("a changed file was given out")
            } catch let problem as Diagnostic {
                #expect(problem.code == "register_file_damaged")
            }
        }
    }

    @Test func searchFindsByNumberWordsAndDates() {
        var entry = Self.entry("Об итогах мониторинга «ВПР»", date: "2023-11-20")
        entry.number = "214-од"
        #expect(RegisterQuery(text: "214-од").matches(entry))
        #expect(RegisterQuery(text: "ИТОГАХ впр").matches(entry))
        #expect(!RegisterQuery(text: "итогах ЕГЭ").matches(entry))
        #expect(RegisterQuery(from: "2023-11-01", to: "2023-11-30").matches(entry))
        #expect(!RegisterQuery(from: "2023-11-21").matches(entry))
        #expect(!RegisterQuery(year: 2024).matches(entry))
    }
}
