//! Python formatting: the format-spec mini-language and printf-style `%`.
