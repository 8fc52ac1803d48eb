import Foundation
import PaperworkKit
import Store

/// A printed order checked against the register by the text of its QR code (issuer, «Приказ от
/// ДД.ММ.ГГГГ № N», «SHA-256 …» of its registered text): the verdict in words a clerk can act on.
public struct RegisterCheck: Sendable, Equatable {
    /// What the check found.
    public enum Verdict: Sendable, Equatable {
        /// The number and date are in the register and the text's hash matches.
        case genuine
        /// The number and date are in the register, but the copy's text is not the registered one.
        case differs
        /// The register has no order with that number and date.
        case unknown
        /// The text is not a Paperwork order's QR code.
        case unreadable
    }

    public var verdict: Verdict
    /// The registered order the code names, when there is one.
    public var entry: RegisterEntry?
    /// The verdict as a sentence.
    public var message: String

    /// Checks `code` (the QR code's text, as a reader gives it) against `store`'s register.
    public static func check(_ code: String, in store: Store) async throws -> RegisterCheck {
        let lines = code.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let requisites = lines.lazy.compactMap(Self.requisites).first else {
            return RegisterCheck(
                verdict: .unreadable, entry: nil,
                message: "текст не похож на QR-код приказа: вставьте его целиком — строки «Приказ от ДД.ММ.ГГГГ № …» "
                    + "и «SHA-256 …»")
        }
        let digest = lines.first { $0.hasPrefix("SHA-256 ") }.map { String($0.dropFirst("SHA-256 ".count)) }
        let named = "приказ № \(requisites.number) от \(requisites.date.formatted(.numeric))"
        guard
            let entry = try await store.registerEntries(RegisterQuery(year: requisites.date.year)).first(where: {
                $0.number == requisites.number && $0.date == requisites.date.iso
            })
        else {
            return RegisterCheck(
                verdict: .unknown, entry: nil,
                message: "в журнале нет приказа № \(requisites.number) от \(requisites.date.formatted(.numeric)): "
                    + "такой приказ в отделе не зарегистрирован")
        }
        guard let digest, digest.lowercased() == Store.sha256(Array(entry.yaml.utf8)) else {
            return RegisterCheck(
                verdict: .differs, entry: entry,
                message: "\(named) есть в журнале, но текст копии не тот, что зарегистрирован (контрольная сумма "
                    + "не совпадает): сверьте копию с файлами журнала")
        }
        let state = entry.state == .cancelled ? "; приказ отменён" : ""
        return RegisterCheck(
            verdict: .genuine, entry: entry,
            message: "\(named) зарегистрирован, текст совпадает с зарегистрированным\(state)")
    }

    /// The number and date of a line «Приказ от 08.11.2023 № 01-04-305».
    static func requisites(_ line: String) -> (date: RussianDate, number: String)? {
        guard let from = line.range(of: " от "),
            let sign = line.range(of: " № ", range: from.upperBound..<line.endIndex)
        else { return nil }
        guard let date = RussianDate(parsing: String(line[from.upperBound..<sign.lowerBound])) else { return nil }
        let number = line[sign.upperBound...].trimmingCharacters(in: .whitespaces)
        return number.isEmpty ? nil : (date, number)
    }
}
