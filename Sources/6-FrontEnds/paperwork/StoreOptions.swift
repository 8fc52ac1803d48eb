import ArgumentParser
import Store

/// Where the web page's store lives: `--data` and `--database`, shared by `serve` and `user`.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Папка данных: в ней файл базы paperwork.sqlite, если не указана --database.", valueName: "папка"))
    var data = "./paperwork-data"

    @Option(
        help: ArgumentHelp(
            "База PostgreSQL вместо файла SQLite: postgres://пользователь:пароль@сервер:5432/база.",
            valueName: "адрес"))
    var database: String?

    /// The store's location these options name.
    func location() throws -> StoreLocation { try StoreLocation.from(database: database, dataFolder: data) }
}
