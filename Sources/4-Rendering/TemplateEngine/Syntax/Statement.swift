/// What a `{% … %}` tag says.
enum Statement: Sendable, Equatable {
    /// `for x in list` or `for key, value in pairs`.
    case forLoop(variables: [String], sequence: Expression)
    case endFor
    case ifBlock(Expression)
    case elseIf(Expression)
    case elseBranch
    case endIf
    /// `{% set name = value %}`.
    case set(name: String, value: Expression)
    /// `{% with a = 1, b = x %}`: names bound until `{% endwith %}`.
    case with([KeywordArgument])
    case endWith
    /// docxtpl's cell tags: `cellbg "FF0000"`, `colspan 2`, `vm`, `hm`.
    case cell(CellDirective)
    /// `{% restart_numbering %}` (or `restart_numbering 5`): the numbered list item the tag stands
    /// in, or else the next one after it, starts its list's numbering anew (at the list's first
    /// number, or the number given).
    case restartNumbering(Expression?)
    /// A tag that could not be read but whose keyword shows its place in a block (`for`, `endif`):
    /// it keeps the blocks paired, so the one error it has reported is the only one.
    case unreadable(keyword: String)

    /// The kinds of block, by the keyword that opens them.
    enum Block: String {
        case forBlock = "for"
        case ifBlock = "if"
        case withBlock = "with"

        /// The tag that closes the block, for messages.
        var closer: String { "{% end\(rawValue) %}" }
    }

    /// Where the tag stands in a block.
    enum Role: Equatable {
        case opens(Block)
        case continues(Block)
        case closes(Block)
        case none
    }

    var role: Role {
        switch self {
        case .forLoop: .opens(.forBlock)
        case .ifBlock: .opens(.ifBlock)
        case .with: .opens(.withBlock)
        case .elseIf, .elseBranch: .continues(.ifBlock)
        case .endFor: .closes(.forBlock)
        case .endIf: .closes(.ifBlock)
        case .endWith: .closes(.withBlock)
        case .set, .cell, .restartNumbering: .none
        case .unreadable(let keyword): Statement.role(ofKeyword: keyword)
        }
    }

    /// The role a tag starting with `keyword` would have.
    static func role(ofKeyword keyword: String) -> Role {
        switch keyword {
        case "for": .opens(.forBlock)
        case "if": .opens(.ifBlock)
        case "with": .opens(.withBlock)
        case "elif", "elseif", "else": .continues(.ifBlock)
        case "endfor": .closes(.forBlock)
        case "endif": .closes(.ifBlock)
        case "endwith": .closes(.withBlock)
        default: .none
        }
    }

    /// The keyword as written, for messages.
    var keyword: String {
        switch self {
        case .forLoop: "for"
        case .endFor: "endfor"
        case .ifBlock: "if"
        case .elseIf: "elif"
        case .elseBranch: "else"
        case .endIf: "endif"
        case .set: "set"
        case .with: "with"
        case .endWith: "endwith"
        case .cell(let directive): directive.keyword
        case .restartNumbering: "restart_numbering"
        case .unreadable(let keyword): keyword
        }
    }

    /// The expressions the statement evaluates.
    var expressions: [Expression] {
        switch self {
        case .forLoop(_, let sequence): [sequence]
        case .ifBlock(let condition), .elseIf(let condition): [condition]
        case .set(_, let value): [value]
        case .with(let bindings): bindings.map(\.value)
        case .cell(.background(let value)), .cell(.columnSpan(let value)), .restartNumbering(let value?): [value]
        default: []
        }
    }
}

/// What a cell tag does to its table cell, as in docxtpl.
enum CellDirective: Sendable, Equatable {
    /// `{% cellbg color %}`: the cell's background, a hexadecimal colour (`"FFCC00"`).
    case background(Expression)
    /// `{% colspan n %}`: the cell spans `n` columns.
    case columnSpan(Expression)
    /// `{% vm %}`: the copies of the cell a row loop makes merge into one, the first one's text kept.
    case verticalMerge
    /// `{% hm %}`: the copies of the cell a column loop makes merge into one.
    case horizontalMerge

    var keyword: String {
        switch self {
        case .background: "cellbg"
        case .columnSpan: "colspan"
        case .verticalMerge: "vm"
        case .horizontalMerge: "hm"
        }
    }
}
