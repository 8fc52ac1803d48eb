import Foundation
import TestSupport
import Testing

@testable import Store

/// `paperwork register` on the store the web page uses: twenty processes registering at once get
/// twenty distinct consecutive numbers (on SQLite through its file lock, on PostgreSQL through
/// its row locks), each prints its number as its last line, and a cancelled order keeps its number.
extension StoreTests {
    static let registerOrder = """
        issuer: [ОТДЕЛ ОБРАЗОВАНИЯ]
        issuer_name: отдел образования администрации Сосновского муниципального района
        title: "О проведении\\nмониторинга"
        people:
          head: {surname: Ковалёва, first_name: Ирина, patronymic: Сергеевна, title: начальник отдела образования}
        items:
          - Провести мониторинг.
        signatory: head
        executor: {name: Белова Е.О., phone: 2-15-40}

        """

    /// The `--data` or `--database` arguments and the location of a new, empty store of `kind`.
    static func commandStore(_ kind: StoreFixture.Kind) async throws -> (arguments: [String], location: StoreLocation) {
        switch kind {
        case .sqlite:
            let folder = try Paths.temporaryFolder()
            return (["--data", folder.path], .sqlite(path: folder.appendingPathComponent("paperwork.sqlite").path))
        case .postgres:
            guard let url = StoreFixture.postgresURL else { throw CancellationError() }
            try await StoreFixture.reset(.postgres(url: url))
            return (["--database", url], .postgres(url: url))
        }
    }

    @Test(arguments: StoreFixture.kinds)
    func twentyProcessesRegisteringAtOnceGetConsecutiveNumbers(kind: StoreFixture.Kind) async throws {
        let (storeArguments, location) = try await Self.commandStore(kind)
        let folder = try Paths.temporaryFolder()
        let order = folder.appendingPathComponent("приказ.yaml")
        try Self.registerOrder.write(to: order, atomically: true, encoding: .utf8)
        // The first use fills the new store with the example department (its register has «од» and «лс»).
        let empty = try Command.paperwork(["register", "list"] + storeArguments)
        #expect(empty.status == 0 && empty.stdout == "Журнал пуст.\n", "\(empty.stderr)")

        var processes: [(Process, URL)] = []
        for index in 0..<20 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Paths.paperwork)
            process.arguments = ["register", "add", order.path, "--format", "docx"] + storeArguments
            let output = folder.appendingPathComponent("out-\(index).txt")
            try Data().write(to: output)
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = process.standardOutput
            try process.run()
            processes.append((process, output))
        }
        var numbers: [String] = []
        for (process, output) in processes {
            process.waitUntilExit()
            let text = try String(contentsOf: output, encoding: .utf8)
            #expect(process.terminationStatus == 0, "\(text)")
            numbers.append(text.split(separator: "\n").last.map(String.init) ?? "")
        }
        #expect(numbers.sorted { $0.localizedStandardCompare($1) == .orderedAscending } == (1...20).map { "\($0)-од" })

        let cancel = try Command.paperwork(["register", "cancel", "3-од", "--by", "20-од"] + storeArguments)
        #expect(cancel.status == 0, "\(cancel.stderr)")
        let next = try Command.paperwork(["register", "add", order.path, "--format", "docx"] + storeArguments)
        #expect(next.stdout.split(separator: "\n").last == "21-од", "\(next.stderr)")

        let listed = try Command.paperwork(["register", "list", "--format", "json"] + storeArguments)
        let rows = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: String]] ?? []
        #expect(rows.count == 21)
        let third = rows.first { $0["number"] == "3-од" }
        #expect(third?["state"] == "cancelled")
        #expect(third?["stateText"]?.hasPrefix("отменён приказом № 20-од от ") == true)
        #expect(third?["title"] == "О проведении мониторинга")

        let store = try await Store.open(location)
        let entries = try await store.registerEntries()
        for entry in entries.prefix(3) {
            let file = try await store.registeredFile(of: entry.id, format: "docx")
            #expect(file?.name == "приказ \(entry.number) от \(Self.numericDate(entry.date)).docx")
        }
        try await store.close()
    }

    @Test func theBatchTakesItsResultsOrdersNumberFromTheRegister() async throws {
        let (storeArguments, location) = try await Self.commandStore(.sqlite)
        let out = try Paths.temporaryFolder().appendingPathComponent("итоги")
        // The store exists (a batch refuses a data folder without one: a mistyped path).
        #expect(try Command.paperwork(["register", "list"] + storeArguments).status == 0)
        let batch = try Command.paperwork(
            [
                "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"), "--results",
                Paths.example("results/vpr-objectivity-2023.csv"), "--department",
                Paths.example("department/sosnovsky.yaml"), "-o", out.path, "--format", "docx",
            ] + storeArguments)
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.contains("Приказ об итогах зарегистрирован: № 1-од"))
        let store = try await Store.open(location)
        let entry = try #require(try await store.registerEntries().first)
        let kept = try #require(try await store.registeredFile(of: entry.id, format: "docx"))
        try await store.close()
        // The batch wrote the very file the register keeps.
        let written = try Data(contentsOf: out.appendingPathComponent(kept.name))
        #expect([UInt8](written) == kept.bytes)
        #expect(kept.name == "приказ 1-од от \(Self.numericDate(entry.date)).docx")

        // A folder the batch may not write into uses no number.
        let foreign = try Paths.temporaryFolder()
        try Data("чужой".utf8).write(to: foreign.appendingPathComponent("чужой файл.txt"))
        let refused = try Command.paperwork(
            [
                "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"), "--results",
                Paths.example("results/vpr-objectivity-2023.csv"), "--department",
                Paths.example("department/sosnovsky.yaml"), "-o", foreign.path, "--format", "docx",
            ] + storeArguments)
        #expect(refused.status != 0)
        let list = try Command.paperwork(["register", "list", "--format", "csv"] + storeArguments)
        #expect(list.stdout.split(separator: "\r\n").count == 2, "\(list.stdout)")
    }

    static func numericDate(_ iso: String) -> String {
        iso.split(separator: "-").reversed().joined(separator: ".")
    }
}
