import Foundation

/// Jinja's filters on lists and numbers: `length`, `count`, `first`, `last`, `sum`, `min`, `max`,
/// `sort`, `reverse`, `unique`, `groupby`, `selectattr`, `rejectattr`, `map`, `list`, `range`,
/// `round`, `int`, `float`, `abs`; on text see ``JinjaTextFilters``.
enum JinjaFilters {
    /// The longest list `range` makes; longer ones are a template's mistake.
    static let maxRange = 100_000

    static func register(in registry: inout FilterRegistry) {
        registry.register("length") { value, _ in .number(Double(try count(value, "length"))) }
        registry.register("count") { value, _ in .number(Double(try count(value, "count"))) }
        registry.register("first") { value, _ in try items(value, "first").first ?? .null }
        registry.register("last") { value, _ in try items(value, "last").last ?? .null }
        registry.register("list") { value, _ in .list(try items(value, "list")) }
        registry.register("reverse") { value, _ in
            if case .string(let text) = value { return .string(String(text.reversed())) }
            return .list(try items(value, "reverse").reversed())
        }
        registry.register("sum") { value, arguments in
            let options = Options(arguments)
            var total = options["start"]?.number ?? 0
            for item in try items(value, "sum") {
                let field = try options.attribute.map { try attribute(item, $0) } ?? item
                guard let number = field.number else { throw FilterFailure("sum: «\(field.text)» не является числом") }
                total += number
            }
            return .number(total)
        }
        registry.register("min") { value, arguments in try extreme(value, arguments, "min", greatest: false) }
        registry.register("max") { value, arguments in try extreme(value, arguments, "max", greatest: true) }
        registry.register("sort") { value, arguments in
            let options = Options(arguments, positional: ["reverse", "case_sensitive", "attribute"])
            let keyed = try items(value, "sort").map { item in
                (try options.attribute.map { try attribute(item, $0) } ?? item, item)
            }
            let sensitive = options["case_sensitive"]?.isTruthy ?? false
            let sorted = keyed.enumerated().sorted { a, b in
                let order = ordering(a.element.0, b.element.0, caseSensitive: sensitive)
                return order == 0 ? a.offset < b.offset : order < 0
            }.map(\.element.1)
            return .list(options["reverse"]?.isTruthy == true ? sorted.reversed() : sorted)
        }
        registry.register("unique") { value, arguments in
            let options = Options(arguments, positional: ["case_sensitive", "attribute"])
            let sensitive = options["case_sensitive"]?.isTruthy ?? false
            var seen: [TemplateValue] = []
            var result: [TemplateValue] = []
            for item in try items(value, "unique") {
                let key = try options.attribute.map { try attribute(item, $0) } ?? item
                guard !seen.contains(where: { ordering($0, key, caseSensitive: sensitive) == 0 }) else { continue }
                seen.append(key)
                result.append(item)
            }
            return .list(result)
        }
        registry.register("groupby") { value, arguments in
            let options = Options(arguments, positional: ["attribute", "default", "case_sensitive"])
            guard let path = options.attribute else {
                throw FilterFailure("groupby: укажите поле, например groupby(\"district\")")
            }
            var groups: [(TemplateValue, [TemplateValue])] = []
            for item in try items(value, "groupby") {
                let key = (try? attribute(item, path)) ?? options["default"] ?? .null
                if let index = groups.firstIndex(where: { ordering($0.0, key, caseSensitive: false) == 0 }) {
                    groups[index].1.append(item)
                } else {
                    groups.append((key, [item]))
                }
            }
            let sorted = groups.enumerated().sorted { a, b in
                let order = ordering(a.element.0, b.element.0, caseSensitive: false)
                return order == 0 ? a.offset < b.offset : order < 0
            }
            return .list(sorted.map { .object([("grouper", $0.element.0), ("list", .list($0.element.1))]) })
        }
        registry.register("selectattr") { value, arguments in try select(value, arguments, "selectattr", keep: true) }
        registry.register("rejectattr") { value, arguments in try select(value, arguments, "rejectattr", keep: false) }
        registry.register("map") { value, arguments in
            let options = Options(arguments)
            guard let path = options.attribute else {
                throw FilterFailure("map: укажите поле (map(attribute=\"name\")) или фильтр (map(\"upper\"))")
            }
            return .list(
                try items(value, "map").map { item in
                    (try? attribute(item, path)) ?? options["default"] ?? .null
                })
        }
        registry.register("range") { value, arguments in
            let bounds = ([value] + arguments).compactMap(\.number).map { $0.clampedInt() }
            let (start, stop) = bounds.count >= 2 ? (bounds[0], bounds[1]) : (0, bounds.first ?? 0)
            let step = bounds.count >= 3 ? bounds[2] : 1
            guard step != 0 else { throw FilterFailure("range: шаг не может быть нулём") }
            let length = max(0, (stop - start + step + (step > 0 ? -1 : 1)) / step)
            guard length <= maxRange else {
                throw FilterFailure("range: больше \(maxRange) чисел; такой цикл — ошибка шаблона")
            }
            return .list(stride(from: start, to: stop, by: step).map { .number(Double($0)) })
        }
        JinjaNumberFilters.register(in: &registry)
        JinjaTextFilters.register(in: &registry)
    }

    /// The items of a list (a text's characters, an object's keys).
    static func items(_ value: TemplateValue, _ filter: String) throws -> [TemplateValue] {
        switch value {
        case .list(let items): return items
        case .string(let text): return text.map { .string(String($0)) }
        case .object(let fields): return fields.keys.map { .string($0) }
        case .null: return []
        default: throw FilterFailure("\(filter): нужен список, а получено \(value.kindName) «\(value.text)»")
        }
    }

    private static func count(_ value: TemplateValue, _ filter: String) throws -> Int {
        if case .string(let text) = value { return text.count }
        return try items(value, filter).count
    }

    /// The value at a dotted `path` in `item`: `head.name`, `scores.0`.
    static func attribute(_ item: TemplateValue, _ path: String) throws -> TemplateValue {
        var current = item
        for part in path.split(separator: ".") {
            let key: TemplateValue = Int(part).map { .number(Double($0)) } ?? .string(String(part))
            guard let next = current.item(key) ?? current[String(part)] else {
                throw FilterFailure("нет поля «\(path)» у «\(item.text)»")
            }
            current = next
        }
        return current
    }

    /// -1, 0 or 1: numbers by value, text alphabetically (ignoring case unless `caseSensitive`).
    static func ordering(_ a: TemplateValue, _ b: TemplateValue, caseSensitive: Bool) -> Int {
        if let x = a.number, let y = b.number, !(Evaluator.isText(a) && Evaluator.isText(b)) {
            return x < y ? -1 : x > y ? 1 : 0
        }
        let x = caseSensitive ? a.text : a.text.lowercased()
        let y = caseSensitive ? b.text : b.text.lowercased()
        return x < y ? -1 : x > y ? 1 : 0
    }

    private static func extreme(_ value: TemplateValue, _ arguments: [TemplateValue], _ name: String, greatest: Bool)
        throws -> TemplateValue
    {
        let options = Options(arguments, positional: ["case_sensitive", "attribute"])
        let sensitive = options["case_sensitive"]?.isTruthy ?? false
        var best: (key: TemplateValue, item: TemplateValue)?
        for item in try items(value, name) {
            let key = try options.attribute.map { try attribute(item, $0) } ?? item
            if let current = best {
                let order = ordering(key, current.key, caseSensitive: sensitive)
                if greatest ? order > 0 : order < 0 { best = (key, item) }
            } else {
                best = (key, item)
            }
        }
        return best?.item ?? .null
    }

    /// `selectattr("active")`, `selectattr("score", "gt", 3)`, `rejectattr("head", "none")`.
    private static func select(_ value: TemplateValue, _ arguments: [TemplateValue], _ name: String, keep: Bool)
        throws -> TemplateValue
    {
        guard let path = arguments.first?.text else {
            throw FilterFailure("\(name): укажите поле, например \(name)(\"active\") или \(name)(\"score\", \"gt\", 3)")
        }
        var test: JinjaTests.Test = { value, _ in value?.isTruthy ?? false }
        if arguments.count > 1 {
            guard let named = JinjaTests.test(arguments[1].text) else {
                throw FilterFailure(
                    "\(name): неизвестная проверка «\(arguments[1].text)»; доступны: "
                        + JinjaTests.names.joined(separator: ", "))
            }
            test = named
        }
        let rest = Array(arguments.dropFirst(2))
        return .list(try items(value, name).filter { test(try? attribute($0, path), rest) == keep })
    }
}

/// A filter's arguments by name: keyword arguments (the last, object argument) and the positional
/// ones in Jinja's order (`sort(false, false, "name")` is `sort(attribute="name")`).
struct Options {
    private var named: [String: TemplateValue] = [:]

    init(_ arguments: [TemplateValue], positional: [String] = ["attribute"]) {
        var values = arguments
        if case .object(let fields)? = values.last {
            for key in fields.keys { named[key] = fields[key] }
            values.removeLast()
        }
        for (name, value) in zip(positional, values) where named[name] == nil { named[name] = value }
    }

    subscript(name: String) -> TemplateValue? { named[name] }

    /// The `attribute` argument as text.
    var attribute: String? { named["attribute"].map(\.text) }
}
