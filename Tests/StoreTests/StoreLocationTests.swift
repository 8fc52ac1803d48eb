import Diagnostics
import Testing

@testable import Store

/// `--data` and `--database` as the store reads them.
@Suite struct StoreLocationTests {
    @Test func withoutADatabaseTheStoreIsAFileInTheDataFolder() throws {
        #expect(
            try StoreLocation.from(database: nil, dataFolder: "/srv/данные")
                == .sqlite(path: "/srv/данные/paperwork.sqlite"))
        #expect(try StoreLocation.from(database: "", dataFolder: "/d") == .sqlite(path: "/d/paperwork.sqlite"))
    }

    @Test func aPostgresAddressIsShownWithoutItsPassword() throws {
        let location = try StoreLocation.from(
            database: "postgres://paperwork:секрет@db:5432/paperwork", dataFolder: "/d")
        #expect(location == .postgres(url: "postgres://paperwork:секрет@db:5432/paperwork"))
        #expect(!location.display.contains("секрет"))
    }

    @Test func anotherAddressSaysWhatIsAccepted() {
        #expect {
            try StoreLocation.from(database: "mysql://x", dataFolder: "/d")
        } throws: { error in
            (error as? Diagnostic)?.code == "store_bad_address"
                && (error as? Diagnostic)?.message.contains("postgres://") == true
        }
    }

    @Test func anAddressTheDriverCannotReadSaysWhyWithoutThePassword() async {
        await #expect {
            _ = try await Store.open(.postgres(url: "Removed stale pid file.\npostgres://p:секрет@127.0.0.1:1/db"))
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.code == "store_unavailable" && diagnostic.cause?.contains("URL") == true
                && !diagnostic.description.contains("секрет")
        }
    }
}
