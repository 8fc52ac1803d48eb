// The batch's letter step in a release build: N synthetic schools scored by the ВПР objectivity
// methodology, one DOCX letter each rendered on all cores into a staged folder, which is then published. Prints letters per
// second and the peak resident memory. `--dump-context FILE` writes one letter's data as JSON for
// the docxtpl comparison; `--write-results FILE` writes the synthetic results and stops.
import Foundation
import OfficePackage
import PaperworkKit
import TemplateEngine
import XMLTree
import ZipArchive

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 1000 : 1000
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let work = FileManager.default.temporaryDirectory.appendingPathComponent("paperwork-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
// PAPERWORK_BENCH_KEEP=1 leaves the letters for the caller to remove later (run.sh does, at its end):
// on a file system without a journal, files removed just before the next run slow its file creation.
defer {
    if ProcessInfo.processInfo.environment["PAPERWORK_BENCH_KEEP"] != "1" {
        try? FileManager.default.removeItem(at: work)
    }
}

// Synthetic results: the example's columns, values varied deterministically.
let answers = (
    bias: ["отсутствует в списке Рособрнадзора", "присутствует в списке", "присутствует в списке два года и более"],
    observation: [
        "по всем предметам и всем параллелям", "не по всем предметам и не всем параллелям", "не организовано",
    ],
    analysis: ["качественный анализ", "статистический анализ", "отсутствие анализа"]
)
var csv =
    "Код;Наименование ОО;Руководитель;fis_oko;materials;objectivity;bias_list;observation;analysis;attitude.site;"
    + "attitude.schedule;attitude.training;attitude.regulations;attitude.survey;Всего работ;Перепроверено работ;Отметка подтверждена\n"
let heads = ["Орлова Ирина Петровна", "Воронцов Андрей Сергеевич", "Климова Татьяна Юрьевна", "Зайцев Олег Николаевич"]
for index in 0..<count {
    let flags = (0..<5).map { (index + $0) % 3 == 0 ? "нет" : "да" }.joined(separator: ";")
    csv +=
        "B-\(index + 1);МБОУ «СОШ № \(index + 1)»;\(heads[index % heads.count]);\(3 - index % 2);\(20 - index % 4);\(index % 7);"
        + "\(answers.bias[index % 9 == 0 ? 1 : 0]);\(answers.observation[index % 3]);\(answers.analysis[(index + 1) % 3]);\(flags);"
        + "\(100 + index % 50);\(20 + index % 5);\(18 + index % 3)\n"
}
let results = work.appendingPathComponent("results.csv")
try csv.write(to: results, atomically: true, encoding: .utf8)
// `--write-results FILE`: only write the synthetic results, for the end-to-end `paperwork batch` run.
if let index = arguments.firstIndex(of: "--write-results"), index + 1 < arguments.count {
    try csv.write(to: URL(fileURLWithPath: arguments[index + 1]), atomically: true, encoding: .utf8)
    try? FileManager.default.removeItem(at: work)  // `exit` skips the `defer` above
    exit(0)
}

let inputs = try Batch.Inputs.files(
    methodology: root.appendingPathComponent("Examples/methodologies/vpr-objectivity.yaml").path, results: results.path,
    department: root.appendingPathComponent("Examples/department/sosnovsky.yaml").path,
    formats: !arguments.contains("--pdf")
        ? [.docx]
        : arguments.contains("--from-odt") ? [.odt, .pdf] : [.pdf])

// `--pdf`: the letters rendered, then converted to PDF by the LibreOffice pool; prints letters per
// second of the conversion alone and the CPU time soffice used. `--processes N` and `--chunk N`
// override the pool's choices; `--from-odt` converts the ODT letters (as the batch does when ODT is
// asked for too) instead of the DOCX ones. The letters are bound into volumes (as the batch does)
// unless `--one-by-one` asks for a soffice load of each letter (as before the volumes).
if arguments.contains("--pdf") {
    func value(_ name: String) -> Int? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
    }
    guard let soffice = PDFConverter.executable else {
        print("PDF: LibreOffice не установлен (apt-get install libreoffice-writer-nogui)")
        exit(1)
    }
    let batch = try Paperwork.batch(inputs)
    let pdfs = try batch.writeLetters(into: MemorySink()).pdfs.documents
    let pool = PDFPool(
        executable: soffice, processes: value("--processes") ?? PDFPool.defaultProcesses, chunkSize: value("--chunk"))
    // The machine's busy time (Linux /proc/stat, in 1/100 s), to tell how much other programs took.
    func busy() -> Double {
        let line = (try? String(contentsOfFile: "/proc/stat", encoding: .utf8))?.split(separator: "\n").first ?? ""
        let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard ticks.count >= 8 else { return 0 }
        return (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7]) / 100
    }
    func cpuTime(_ who: Int32) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(
            usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }
    let ownBefore = cpuTime(RUSAGE_SELF.rawValue)
    let busyBefore = busy()
    let started = Date()
    let oneByOne = arguments.contains("--one-by-one")
    if oneByOne {
        try pool.convert(pdfs) { _, _ in }
    } else {
        try pool.convertBinding(pdfs) { _, _ in }
    }
    let seconds = Date().timeIntervalSince(started)
    let cpu = cpuTime(RUSAGE_CHILDREN.rawValue)
    let own = cpuTime(RUSAGE_SELF.rawValue) - ownBefore
    let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
    let layout =
        oneByOne
        ? "по одному документу, процессов soffice: \(pool.processes), по \(min(pool.chunkSize(for: pdfs.count), pdfs.count)) документов"
        : "томами до \(PDFPool.largestVolume) писем, процессов soffice: \(pool.processes)"
    let others = max(0, busy() - busyBefore - cpu - own)
    print(
        String(
            format: "PDF: %d писем за %.2f с — %.1f писем/с; %@; "
                + "процессорное время soffice %.1f с (%.0f %% от %.0f ядер за это время), другие программы заняли %.0f %%",
            pdfs.count, seconds, Double(pdfs.count) / seconds, layout,
            cpu, 100 * cpu / (seconds * cores), cores, 100 * others / (seconds * cores)))
    print(String(format: "PDF_RATE=%.1f", Double(pdfs.count) / seconds))
    try? FileManager.default.removeItem(at: work)
    exit(0)
}
let prepared = Date()
let batch = try Paperwork.batch(inputs)
let checked = Date().timeIntervalSince(prepared)
var loaded = rusage()
getrusage(RUSAGE_SELF.rawValue, &loaded)

if let index = arguments.firstIndex(of: "--dump-context"), index + 1 < arguments.count {
    try Data(JSONRendering.json(batch.letterContext(0)).utf8).write(to: URL(fileURLWithPath: arguments[index + 1]))
}

let started = Date()
let sink = try FolderSink(work.appendingPathComponent("letters").path)
let written = try batch.writeLetters(into: sink).names.count
try sink.commit()
let seconds = Date().timeIntervalSince(started)
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let peak = Double(usage.ru_maxrss) / 1024
// Processor time of the letter step (user and system), which other programs on the machine do not inflate.
func cpuSeconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
let user = cpuSeconds(usage.ru_utime) - cpuSeconds(loaded.ru_utime)
let system = cpuSeconds(usage.ru_stime) - cpuSeconds(loaded.ru_stime)
print(
    String(
        format: "paperwork: %d писем за %.2f с — %.0f писем/с; время ЦП %.2f с (программа %.2f, ядро %.2f); "
            + "проверка данных %.2f с; пик памяти %.0f МБ (после чтения и проверки данных — %.0f МБ); ядер: %d",
        written, seconds, Double(written) / seconds, user + system, user, system, checked, peak,
        Double(loaded.ru_maxrss) / 1024, ProcessInfo.processInfo.activeProcessorCount))
print(String(format: "PAPERWORK_RATE=%.1f PAPERWORK_PEAK_MB=%.0f", Double(written) / seconds, peak))

if arguments.contains("--profile") {
    let template = try TemplateLocator.template("letter.docx").compile()
    func time(_ label: String, _ body: () throws -> Void) rethrows {
        let start = Date()
        for _ in 0..<300 { try body() }
        print(String(format: "%@: %.3f мс", label, Date().timeIntervalSince(start) / 300 * 1000))
    }
    let context = batch.letterContext(0)
    time("данные письма") { _ = batch.letterContext(0) }
    time("разметка") { _ = template.problems(with: context) }
    try time("документ целиком") { _ = try template.render(context) }
    let bytes = try template.render(context)
    try time("запись файла") { try AtomicFile.write(bytes, to: work.appendingPathComponent("x.docx").path, label: "x") }
}

if arguments.contains("--profile") {
    let bytes = try TemplateLocator.template("letter.docx").compile()
        .render(batch.letterContext(0))
    let document = try OfficeDocument(bytes: bytes, label: "x")
    let xml = try document.bytes(of: "word/document.xml")
    func time(_ label: String, _ body: () throws -> Void) rethrows {
        let start = Date()
        for _ in 0..<300 { try body() }
        print(String(format: "%@: %.3f мс", label, Date().timeIntervalSince(start) / 300 * 1000))
    }
    print("document.xml: \(xml.count) байт; частей: \(document.partNames.count)")
    try time("разбор XML") { _ = try XMLTree.XMLDocument(bytes: xml, part: "d") }
    try time("открыть ZIP") { _ = try ZipReader(bytes: bytes, label: "x") }
    try time("копия ZIP без сжатия") {
        let reader = try ZipReader(bytes: bytes, label: "x")
        let writer = try ZipWriter(label: "y")
        for entry in reader.entries { try writer.copy(entry, from: reader) }
        _ = try writer.finish()
    }
    try time("сжать document.xml") {
        let writer = try ZipWriter(label: "y")
        try writer.add("a.xml", bytes: xml)
        _ = try writer.finish()
    }
}
