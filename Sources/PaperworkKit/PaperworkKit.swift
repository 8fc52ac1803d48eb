public enum PaperworkKit {}
