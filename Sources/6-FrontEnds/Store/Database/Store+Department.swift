import Foundation
import SQLKit

extension Store {
    /// The department, or `nil` before one is saved.
    public func department() async throws -> DepartmentRecord? {
        try await run { database in
            guard let row = try await database.select().columns("name", "main_file").from("department").first()
            else { return nil }
            var files: [String: Data] = [:]
            for file in try await database.select().columns("path", "bytes").from("department_files").all() {
                files[try file.decode(column: "path", as: String.self)] = try file.decode(
                    column: "bytes", as: Data.self)
            }
            return DepartmentRecord(
                name: try row.decode(column: "name", as: String.self),
                mainFile: try row.decode(column: "main_file", as: String.self), files: files)
        }
    }

    /// Replaces the department and all of its files with `department`, at once.
    public func saveDepartment(_ department: DepartmentRecord) async throws {
        try await transaction { database in
            try await database.delete(from: "department_files").run()
            try await database.delete(from: "department").run()
            try await database.insert(into: "department").columns("id", "name", "main_file", "updated_at")
                .values(SQLBind("main"), SQLBind(department.name), SQLBind(department.mainFile), SQLBind(Store.now()))
                .run()
            for (path, bytes) in department.files.sorted(by: { $0.key < $1.key }) {
                try await database.insert(into: "department_files").columns("path", "bytes")
                    .values(SQLBind(path), SQLBind(bytes)).run()
            }
        }
    }
}
