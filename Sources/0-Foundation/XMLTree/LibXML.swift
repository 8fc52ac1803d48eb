internal import CLibXML2

/// One-time libxml2 set-up; safe to call from any thread.
enum LibXML {
    static let initialized: Void = {
        xmlInitParser()
    }()

    /// Parse options: no network, no entity substitution, no DTD loading, no recovery,
    /// nothing printed to stderr (errors are read back and reported by us).
    static let strictOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue)
}
