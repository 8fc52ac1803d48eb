import Foundation
import PaperworkKit
import Store

/// Fills a new store: the two shipped methodologies with their recommendation catalogues, and the
/// example department (Сосновский район) with the files it names, so that a new user can make a
/// monitoring at once. Nothing is replaced in a store that has them.
enum Seeder {
    /// The shipped methodologies: file name in `seed/methodologies` and `seed/recommendations`; the
    /// first (the one the example department is written for) is offered first.
    static let methodologies = ["vpr-objectivity.yaml", "shnor-effectiveness.yaml"]
    /// The example department's files by their path in the store.
    static let departmentFiles = [
        "department/sosnovsky.yaml", "recommendations/vpr-objectivity.yaml", "orders/monitoring-results.yaml",
        "department/emblem.png",
    ]

    static func seed(_ store: Store) async throws {
        if try await store.methodologies().isEmpty {
            for (index, file) in methodologies.enumerated() {
                let yaml = try WebResources.read("seed/methodologies/" + file)
                let input = NamedBytes(name: file, bytes: yaml)
                let methodology = try Paperwork.methodology(input)
                try await store.addMethodology(
                    MethodologyRecord(
                        id: String(file.dropLast(".yaml".count)), title: methodology.title,
                        shortTitle: methodology.shortTitle, period: methodology.period ?? "", fileName: file,
                        yaml: yaml, catalogueName: file,
                        catalogue: try WebResources.read("seed/recommendations/" + file), shipped: true,
                        createdAt: Date(timeIntervalSince1970: TimeInterval(methodologies.count - index))))
            }
        }
        if try await store.department() == nil {
            var files: [String: Data] = [:]
            for path in departmentFiles { files[path] = try WebResources.read("seed/" + path) }
            try await store.saveDepartment(
                DepartmentRecord(
                    name: "Отдел образования администрации Сосновского муниципального района (пример)",
                    mainFile: departmentFiles[0], files: files))
        }
    }
}
