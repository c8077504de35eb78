/**
 * How a memory's text is shown. Tool-result memories are stored as `<tool> result: <JSON>` (the
 * JSON the tool returned, on one line), which is unreadable as a paragraph: it is split here so
 * the panel can show the tool's name and the JSON indented.
 */

/** A memory text that is a tool's JSON result, taken apart. */
export interface ToolResultText {
  tool: string;
  /** The result, indented two spaces per level. */
  json: string;
}

const TOOL_RESULT = /^([A-Za-z0-9_-]{1,64}) result: ([\s\S]+)$/;

/** The tool name and the indented JSON, or null when the text is not a tool's JSON result. */
export function toolResultText(text: string): ToolResultText | null {
  const m = TOOL_RESULT.exec(text.trim());
  if (!m) return null;
  const body = m[2].trim();
  if (!body.startsWith('{') && !body.startsWith('[')) return null;
  try {
    return { tool: m[1], json: JSON.stringify(JSON.parse(body), null, 2) };
  } catch {
    return null;
  }
}
