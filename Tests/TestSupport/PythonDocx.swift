import Foundation

/// python-docx, when the project's virtual environment (`.build-venv`, see Scripts/python-venv.sh) has it:
/// a second, independent reader of the DOCX files Paperwork writes.
public enum PythonDocx {
    /// The environment's Python.
    public static let python = Paths.root.appendingPathComponent(".build-venv/bin/python").path

    /// Whether tests that need python-docx run: always in CI (where Scripts/test.sh installs it, and
    /// a missing one fails them), elsewhere when it can be imported there.
    public static let available: Bool = {
        if ProcessInfo.processInfo.environment["CI"] != nil { return true }
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? Command.run(python, ["-c", "import docx"]).status) == 0
    }()

    /// Opens `path` with python-docx and lists the chart parts related to its main part, sorted.
    /// - Throws: ``LibreOfficeError`` with python's own output when it cannot open the file.
    public static func chartParts(of path: String) throws -> [String] {
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            parts = sorted(str(r.target_part.partname) for r in d.part.rels.values() if r.reltype.endswith('/chart'))
            print("\\n".join(parts))
            """
        let result = try Command.run(python, ["-c", script, path])
        guard result.status == 0 else {
            throw LibreOfficeError(message: "python-docx не открыл \(path): \(result.stderr)")
        }
        return result.stdout.split(separator: "\n").map(String.init)
    }
}
