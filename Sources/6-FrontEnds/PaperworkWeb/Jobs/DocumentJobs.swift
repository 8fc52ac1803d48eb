import Foundation
import PaperworkKit
import Register
import Store

/// Generating documents for a monitoring, from the department's own templates where it has them
/// (``BatchInputs``): checked at once (every problem is shown before anything
/// starts), then written in the background into memory, zipped, and stored whole — the set and
/// each file — so that any server can hand them out. Progress is kept here for the live page and
/// noted in the store (which also tells that the server is alive).
final class DocumentJobs: Sendable {
    /// How far a running set is, for the live page.
    struct Progress: Sendable, Equatable {
        var stage: String
        var done: Int
        var total: Int
    }

    let store: Store
    private let running = Locked<[String: Progress]>([:])

    init(store: Store) { self.store = store }

    /// The progress of a set running on this server, or `nil`.
    func progress(of id: String) -> Progress? { running.withLock { $0[id] } }

    /// Checks everything and starts writing the documents of `campaign` in `formats`.
    /// - Returns: the new set's identifier.
    /// - Throws: a ``DiagnosticReport`` with every problem of the inputs (nothing starts then).
    /// - Parameter registering: the results order takes its number from the department's register
    ///   (and is kept there as issued) before the set is written.
    func start(campaign: CampaignRecord, formats: [OutputFormat], user: String, registering: Bool = false)
        async throws -> String
    {
        let prepared = try await BatchInputs.make(store: store, campaign: campaign, formats: formats)
        var batch = try await offload { try Paperwork.batch(prepared.inputs) }
        var inputs = prepared.description
        if registering {
            let issued = try await Registrar.issueResultsOrder(of: batch, in: store, user: user)
            batch = issued.batch
            if let entry = issued.entry { inputs += "; приказ об итогах зарегистрирован: № \(entry.number)" }
        }
        let id = String(Store.randomToken().prefix(16))
        try await store.startDocumentSet(
            DocumentSetRecord(
                id: id, campaignID: campaign.id, formats: formats.map(\.rawValue).joined(separator: ","),
                inputs: inputs, createdBy: user))
        running.withLock { $0[id] = Progress(stage: "Подготовка", done: 0, total: 0) }
        Task.detached { await self.run(batch, id: id) }
        return id
    }

    private func run(_ batch: Batch, id: String) async {
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                if let progress = progress(of: id) {
                    try? await store.updateDocumentSet(
                        id: id, stage: progress.stage, done: progress.done, total: progress.total)
                }
            }
        }
        defer { heartbeat.cancel() }
        do {
            let (archive, files) = try await offload { [running] in
                let sink = MemorySink()
                let set: @Sendable (String, Int, Int) -> Void = { stage, done, total in
                    running.withLock { $0[id] = Progress(stage: stage, done: done, total: total) }
                }
                _ = try batch.write(
                    into: sink, progress: { set("Письма ОО", $0, $1) }, pdfProgress: { set("PDF", $0, $1) })
                try sink.commit()
                set("Архив", 0, 1)
                let files = sink.documents.sorted { DocumentJobs.order($0.key) < DocumentJobs.order($1.key) }
                var archive: [UInt8] = []
                let zip = ZipStreamSink(label: "документы.zip") { archive += $0 }
                for (name, bytes) in files { try zip.add(name, bytes: bytes) }
                try zip.commit()
                return (Data(archive), files.map { (name: $0.key, bytes: Data($0.value)) })
            }
            running.withLock { $0[id] = Progress(stage: "Сохранение", done: files.count, total: files.count) }
            try await store.finishDocumentSet(id: id, archive: archive, files: files)
        } catch {
            let message = Diagnostic.from(error).map(\.description).joined(separator: "\n")
            try? await store.failDocumentSet(
                id: id, message: message.isEmpty ? "документы не сформированы; повторите попытку" : message)
        }
        _ = running.withLock { $0.removeValue(forKey: id) }
    }

    /// The order files are listed in: the справка, the rating, the order, then the letters.
    static func order(_ name: String) -> (Int, String) {
        let rank =
            name.hasPrefix("Справка") ? 0 : name.hasPrefix("Рейтинг") ? 1 : name.hasPrefix("письма/") ? 3 : 2
        return (rank, name)
    }
}
