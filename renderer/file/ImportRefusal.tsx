import type { ReactNode } from 'react';
import type { ImportMessage } from './importMessages';

/** Why a file (an import, a backup) was refused: the summary, the first problems, and that nothing changed. */
export function ImportRefusal({
  message,
  unchanged,
  heading,
  className,
}: {
  message: ImportMessage;
  unchanged: string;
  heading?: ReactNode;
  className?: string;
}) {
  return (
    <div className={className ? `import-refusal ${className}` : 'import-refusal'} role="alert">
      {heading}
      <p>{message.summary}</p>
      {message.details.length > 0 && (
        <ul className="import-issues">
          {message.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
      <p className="muted">{unchanged}</p>
    </div>
  );
}
