//! Maps byte offsets in a source text to lines and columns.

/// Line starts of one source text, for turning spans into `(line, column)`.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes `source`; lines end at `\n` (a `\r\n` pair counts as one end).
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line number holding byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts[(line.max(1) as usize - 1).min(self.starts.len() - 1)]
    }

    /// The 0-based byte column of `offset` within its line.
    pub fn col_of(&self, offset: u32) -> u32 {
        offset - self.line_start(self.line_of(offset))
    }

    /// The text of 1-based `line` without its line ending, or "" past the end.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let i = line as usize;
        if i == 0 || i > self.starts.len() {
            return "";
        }
        let start = self.starts[i - 1] as usize;
        let end = self
            .starts
            .get(i)
            .map(|&e| e as usize)
            .unwrap_or(source.len());
        let text = &source[start.min(source.len())..end.min(source.len())];
        text.trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_offsets_to_lines_and_columns() {
        let src = "a = 1\r\nbb\n\nc";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_of(0), 1);
        assert_eq!(idx.line_of(7), 2);
        assert_eq!(idx.col_of(8), 1);
        assert_eq!(idx.line_of(11), 4);
        assert_eq!(idx.line_text(src, 1), "a = 1");
        assert_eq!(idx.line_text(src, 3), "");
        assert_eq!(idx.line_text(src, 4), "c");
        assert_eq!(idx.line_text(src, 5), "");
    }
}
