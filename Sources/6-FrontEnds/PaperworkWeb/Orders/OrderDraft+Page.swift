import Foundation
import PaperworkKit

extension OrderDraft {
    /// The form's values for `order.mustache`: every field with its name, value and problem, the
    /// people with the cases their mentions print in, each item with its text as it will print.
    /// - Parameters:
    ///   - department: the department's people, offered for adding.
    ///   - problems: the core's problems, placed at their fields.
    func page(department: [Person], problems: FieldProblems?) -> [String: Any] {
        func problem(_ anchor: String) -> String { problems?.messages(anchor) ?? "" }
        let data = mentionData
        var page: [String: Any] = [
            "issuer": issuer.joined(separator: "\n"), "issuerName": issuerName, "kind": kind, "date": date,
            "number": number, "place": place, "placeBetween": placeBetween, "orderTitle": title,
            "preamble": preamble, "command": command, "signatoryTitle": signatoryTitle,
            "executorName": executorName, "executorPhone": executorPhone, "extra": extra,
            "dateStyles": Self.options(
                [("numeric", "08.11.2023"), ("numeric_year", "08.11.2023 г."), ("long", "8 ноября 2023 г.")],
                selected: dateStyle),
            "peopleCount": people.count, "itemCount": items.count, "valueCount": values.count,
            "appendixCount": appendices.count,
        ]
        // Only a problem that is there: a row's absent key would be looked up in the page's keys.
        for anchor in [
            "issuer", "issuer_name", "kind", "date", "number", "place", "title", "preamble", "command", "signatory",
            "executor", "items", "values", "people", "appendices", "extra",
        ] where !problem(anchor).isEmpty {
            page["problem_" + anchor] = problem(anchor)
        }
        page["people"] = people.enumerated().map { index, person -> [String: Any] in
            [
                "index": index, "key": person.key, "surname": person.surname, "firstName": person.firstName,
                "patronymic": person.patronymic, "personTitle": person.title, "extra": person.extra,
                "problem": problem("person-\(index)"), "hasProblem": !problem("person-\(index)").isEmpty,
                "forms": ["genitive", "dative", "accusative"].compactMap { name -> [String: Any]? in
                    guard !person.key.isEmpty,
                        let text = Self.printed("{{ \(person.key) | \(name) }}", data: data), !text.isEmpty
                    else { return nil }
                    return ["case": Self.cases.first { $0.name == name }?.title ?? name, "text": text]
                },
            ]
        }
        let keys = Set(people.map(\.key))
        page["departmentPeople"] = department.filter { !keys.contains($0.key) }.map {
            [
                "key": $0.key, "name": [$0.surname, $0.firstName, $0.patronymic].joined(separator: " "),
                "title": $0.title,
            ]
        }
        page["signatories"] = people.filter { !$0.key.isEmpty }.map {
            ["key": $0.key, "name": "\($0.surname) \($0.firstName) \($0.patronymic)", "selected": $0.key == signatory]
                as [String: Any]
        }
        page["persons"] = people.filter { !$0.key.isEmpty }.map { ["key": $0.key, "name": $0.surname] }
        page["cases"] = Self.cases.map {
            ["name": $0.name, "title": $0.title, "selected": $0.name == "dative"] as [String: Any]
        }
        page["items"] = items.enumerated().map { index, item -> [String: Any] in
            var row = itemRow(item, path: [index], problem: problem("item-\(index)"), data: data)
            row["subs"] = item.items.enumerated().map { sub, subitem in
                itemRow(subitem, path: [index, sub], problem: problem("item-\(index)-\(sub)"), data: data)
            }
            row["subCount"] = item.items.count
            return row
        }
        page["values"] = values.enumerated().map {
            ["index": $0.offset, "name": $0.element.name, "value": $0.element.value] as [String: Any]
        }
        page["appendices"] = appendices.enumerated().map { index, appendix in
            appendixPage(appendix, index: index, problem: problem)
        }
        return page
    }

    private func itemRow(_ item: Item, path: [Int], problem: String, data: TemplateValue) -> [String: Any] {
        let name = "item." + path.map(String.init).joined(separator: ".")
        var row: [String: Any] = [
            "name": name, "path": path.map(String.init).joined(separator: "."),
            "anchor": "item-" + path.map(String.init).joined(separator: "-"),
            "number": path.map { String($0 + 1) }.joined(separator: "."), "text": item.text, "problem": problem,
            "hasProblem": !problem.isEmpty, "printed": "", "hasPrinted": false, "sub": path.count > 1,
        ]
        if item.text.contains("{{"), let printed = Self.printed(item.text, data: data) {
            row["printed"] = printed
            row["hasPrinted"] = true
        }
        return row
    }

    private func appendixPage(_ appendix: Appendix, index: Int, problem: (String) -> String) -> [String: Any] {
        let prefix = "app.\(index)."
        guard appendix.raw.isEmpty else {
            return [
                "index": index, "number": index + 1, "kept": true, "raw": appendix.raw, "prefix": prefix,
                "problem": problem("app-\(index)"), "hasProblem": !problem("app-\(index)").isEmpty,
            ]
        }
        let rowColumns = appendix.rowColumns
        var counter = 0
        let sections = appendix.sections.enumerated().map { section, content -> [String: Any] in
            let sectionPrefix = prefix + "sec.\(section)."
            let rows = content.rows.enumerated().map { row, cells -> [String: Any] in
                counter += 1
                let number = appendix.numbering == "decimal" ? "\(section + 1).\(row + 1)" : String(counter)
                return [
                    "number": number, "anchor": "app-\(index)-\(section)-\(row)",
                    "problem": problem("app-\(index)-\(section)-\(row)"),
                    "hasProblem": !problem("app-\(index)-\(section)-\(row)").isEmpty,
                    "remove": "remove_row:\(index).\(section).\(row)",
                    "cells": rowColumns.map { column in
                        [
                            "name": sectionPrefix + "row.\(row)." + column, "value": cells[column] ?? "",
                            "label": Self.columnTitles[column] ?? column, "wide": column == "activity",
                        ] as [String: Any]
                    },
                ]
            }
            return [
                "prefix": sectionPrefix, "title": content.title, "rows": rows, "rowCount": content.rows.count,
                "number": appendix.numbering == "decimal"
                    ? "\(section + 1)." : (RomanNumeral.string(section + 1) ?? ""),
                "anchor": "app-\(index)-\(section)", "problem": problem("app-\(index)-\(section)"),
                "hasProblem": !problem("app-\(index)-\(section)").isEmpty,
                "addRow": "add_row:\(index).\(section)", "remove": "remove_section:\(index).\(section)",
            ]
        }
        return [
            "index": index, "number": index + 1, "prefix": prefix, "title": appendix.title,
            "anchor": "app-\(index)", "problem": problem("app-\(index)"), "kept": false,
            "hasProblem": !problem("app-\(index)").isEmpty,
            "marks": Self.options(
                [("appendix", "«Приложение N к приказу…»"), ("approved", "«УТВЕРЖДЕН приказом…»")],
                selected: appendix.mark),
            "numberings": Self.options(
                [("roman", "разделы I, II…; строки 1, 2… подряд"), ("decimal", "разделы 1., 2.…; строки 1.1, 1.2…")],
                selected: appendix.numbering),
            "columns": appendix.columns.joined(separator: ","), "result": appendix.columns.contains("result"),
            "headers": Self.planColumns.map { column in
                [
                    "name": prefix + "header." + column, "value": appendix.headers[column] ?? "",
                    "label": Self.columnTitles[column] ?? column,
                ]
            },
            "columnTitles": rowColumns.map { ["title": appendix.headers[$0] ?? Self.columnTitles[$0] ?? $0] },
            "numberTitle": appendix.headers["number"] ?? "№",
            "sections": sections, "sectionCount": appendix.sections.count,
        ]
    }

    /// The plan's columns as the form names them.
    static let columnTitles = [
        "number": "№", "activity": "Мероприятие", "result": "Ожидаемый результат", "due": "Сроки",
        "responsible": "Ответственные",
    ]

    /// What items' tags read: the people and the values, as the order's reader gives them.
    var mentionData: TemplateValue {
        let trimmed = self.trimmed
        return .object(
            trimmed.people.map { ($0.key, $0.value) } + trimmed.values.map { ($0.name, TemplateValue.string($0.value)) }
        )
    }

    /// `text` with its tags filled as the order will print it, or `nil` when a tag cannot be.
    static func printed(_ text: String, data: TemplateValue) -> String? {
        try? InlineTemplate(text, filters: Filters.all).render(data, filters: Filters.all)
    }

    static func options(_ choices: [(String, String)], selected: String) -> [[String: Any]] {
        choices.map { ["value": $0.0, "title": $0.1, "selected": $0.0 == selected] as [String: Any] }
    }
}
