import type { DemoAgent } from '../../api/types';
import { JsonBlock } from '../../components/json-block';
import { schemaFields } from './schema-fields';

/**
 * The tools of this page's agent exactly as the model is told about them: name, description and
 * the JSON Schema of the arguments, read into a table of arguments with the raw schema beside it.
 */
export function ToolsView({ agent }: { agent: DemoAgent | null }) {
  if (!agent) return <p className="panel muted">Loading the agent…</p>;
  const { tools } = agent;
  return (
    <div className="panel tools-view" data-testid="tools-view">
      <p className="panel-intro muted">
        With every model call the agent sends these definitions. The model picks a tool by its description and must send arguments that
        fit the schema; arguments that do not fit come back to it as an error it can correct.
      </p>
      {tools.length === 0 && (
        <p className="muted" data-testid="tools-empty">
          {agent.name} has no tools.
        </p>
      )}
      <ul className="plain-list tool-list">
        {tools.map((tool) => {
          const fields = schemaFields(tool.parameters);
          return (
            <li key={tool.name} className="tool-card" data-testid="tool-item" data-tool-name={tool.name}>
              <h3 className="panel-heading">
                <code>{tool.name}</code>
              </h3>
              <p className="small" data-testid="tool-description">
                {tool.description}
              </p>
              {fields.length === 0 ? (
                <p className="muted small">No arguments.</p>
              ) : (
                <table className="data-table tool-args" data-testid="tool-args">
                  <thead>
                    <tr>
                      <th scope="col">argument</th>
                      <th scope="col">type</th>
                      <th scope="col">description</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((field) => (
                      <tr key={field.name} data-testid="tool-arg" data-arg-name={field.name}>
                        <td>
                          <code>{field.name}</code>
                          {field.required ? '' : <span className="muted small"> (optional)</span>}
                        </td>
                        <td>
                          <code>{field.type}</code>
                        </td>
                        <td className="small">
                          {field.description}
                          {field.constraints.length > 0 && <span className="muted"> {field.description ? '· ' : ''}{field.constraints.join(', ')}</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <details className="tool-schema">
                <summary className="muted small">JSON Schema of the arguments</summary>
                <JsonBlock value={tool.parameters} testId="tool-schema" fold={false} />
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
