import Pictures
import RussianText

/// An order (приказ): requisites, preamble, numbered items, signature, and appendices.
public struct Order: Sendable {
    /// How the date is printed on the date line.
    public enum DateStyle: String, Sendable {
        /// «08.11.2023»
        case numeric
        /// «23.03.2022 г.»
        case numericYear = "numeric_year"
        /// «23 марта 2022 г.»
        case long
    }

    /// The issuing body, line by line (the higher body first).
    public var issuer: [String]
    /// The issuer's name for running text; its genitive makes «к приказу управления образования».
    public var issuerName: OfficeName
    /// «ПРИКАЗ», «РАСПОРЯЖЕНИЕ».
    public var kind: String
    public var date: RussianDate
    public var dateStyle: DateStyle
    /// The registration number as written locally («57», «01-04-305»).
    public var number: String
    public var place: String
    /// Whether the place stands between the date and the number on one line (else below them).
    public var placeBetween: Bool
    public var title: String
    public var preamble: String
    /// «ПРИКАЗЫВАЮ:» or «П Р И К А З Ы В А Ю:».
    public var command: String
    /// The items, people already written in their cases.
    public var items: [OrderItem]
    /// The signature: the title as printed (line breaks kept) and «И.О. Фамилия».
    public var signatureTitle: String
    public var signatureName: String
    /// «Исп.: …», when given.
    public var executor: String?
    /// People who sign the acknowledgement sheet.
    public var acknowledgement: [Person]
    public var appendices: [Appendix]
    /// Appendices on landscape pages: asked for, or a plan has five columns.
    public var landscapeAppendices: Bool
    /// How initials stand before a surname («Е.О. Белова» or «Е. О. Белова»).
    public var initials: Typography.Initials = .clerical
    /// Whether the first page carries a QR code of the order's requisites (issuer, date, number),
    /// so that a printed copy can be checked against the register.
    public var qrCode = false
    /// The emblem (герб) above the issuer on the first page, when the order or department file names one.
    public var emblem: Picture?

    /// The SHA-256 of the order's text as the register keeps it (its YAML), when it is registered:
    /// the QR code carries it, so a printed copy can be checked against the register.
    public var registerDigest: String?

    /// What the QR code says: the issuer, then «Приказ от ДД.ММ.ГГГГ № N», then, for a registered
    /// order, «SHA-256 …» of its registered text. Short, so that a code 2.5 cm wide stays readable
    /// from paper.
    public var verificationText: String {
        issuer.joined(separator: " ") + "\n"
            + "\(kind.lowercased().capitalizedFirstLetter) от \(date.formatted(.numeric)) № \(number)"
            + (registerDigest.map { "\nSHA-256 \($0)" } ?? "")
    }

    /// The date as the date line prints it.
    public var dateText: String {
        switch dateStyle {
        case .numeric: date.formatted(.numeric)
        case .numericYear: date.formatted(.numeric) + " г."
        case .long: date.formatted(.long)
        }
    }

    /// Creates the value from its parts.
    public init(
        issuer: [String], issuerName: OfficeName, kind: String, date: RussianDate, dateStyle: DateStyle, number: String,
        place: String, placeBetween: Bool, title: String, preamble: String, command: String, items: [OrderItem],
        signatureTitle: String, signatureName: String, executor: String? = nil, acknowledgement: [Person],
        appendices: [Appendix], landscapeAppendices: Bool
    ) {
        self.issuer = issuer
        self.issuerName = issuerName
        self.kind = kind
        self.date = date
        self.dateStyle = dateStyle
        self.number = number
        self.place = place
        self.placeBetween = placeBetween
        self.title = title
        self.preamble = preamble
        self.command = command
        self.items = items
        self.signatureTitle = signatureTitle
        self.signatureName = signatureName
        self.executor = executor
        self.acknowledgement = acknowledgement
        self.appendices = appendices
        self.landscapeAppendices = landscapeAppendices
    }
}

/// A numbered item of an order, with its sub-items.
public struct OrderItem: Sendable {
    public var text: String
    public var items: [OrderItem]

    /// Creates the value from its parts.
    public init(text: String, items: [OrderItem]) {
        self.text = text
        self.items = items
    }
}

/// An appendix of an order.
public struct Appendix: Sendable {
    /// How the appendix is marked at the top right.
    public enum Mark: String, Sendable {
        /// «Приложение 1 к приказу … от … № …»
        case appendix
        /// «УТВЕРЖДЕН приказом … от … № …»
        case approved
    }

    public enum Content: Sendable {
        case plan(Plan)
        case table(headers: [String], rows: [[String]])
    }

    public var mark: Mark
    public var title: String
    public var content: Content

    /// Creates the value from its parts.
    public init(mark: Mark, title: String, content: Content) {
        self.mark = mark
        self.title = title
        self.content = content
    }
}

/// A plan of measures (план мероприятий): sections of items in a table.
public struct Plan: Sendable {
    /// How sections and items are numbered.
    public enum Numbering: String, Sendable {
        /// Sections I, II…; items 1, 2… through the whole plan.
        case roman
        /// Sections 1., 2.…; items 1.1, 1.2… within each.
        case decimal
    }

    /// The columns a plan table may have.
    public enum Column: String, Sendable, CaseIterable {
        case number, activity, result, due, responsible
    }

    public var numbering: Numbering
    public var columns: [Column]
    public var headers: [Column: String]
    public var sections: [PlanSection]

    /// Creates the value from its parts.
    public init(numbering: Numbering, columns: [Column], headers: [Column: String], sections: [PlanSection]) {
        self.numbering = numbering
        self.columns = columns
        self.headers = headers
        self.sections = sections
    }
}

public struct PlanSection: Sendable {
    public var title: String
    public var items: [[Plan.Column: String]]

    /// Creates the value from its parts.
    public init(title: String, items: [[Plan.Column: String]]) {
        self.title = title
        self.items = items
    }
}
