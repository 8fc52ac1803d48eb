extension String {
    /// The text with its first letter in capitals and the rest as it is: «заместителю …» →
    /// «Заместителю …» at the start of a sentence or a signature.
    public var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
