import { useId, type ReactNode } from 'react';
import type { Loaded } from './useLoad';

/** Loading, error and empty states around a loaded value. */
export function Loading<T>({
  state,
  empty,
  isEmpty,
  children,
}: {
  state: Loaded<T>;
  empty?: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (state.error) return <p className="error" role="alert">加载失败：{state.error.message}</p>;
  if (state.data === undefined) return <p className="loading" role="status">正在加载…</p>;
  // While new data loads (after a filter or a write), the old stays in view, dimmed and marked busy.
  return (
    <div className={state.loading ? 'reloading' : undefined} aria-busy={state.loading}>
      {state.loading && (
        <p className="sr-only" role="status">
          正在加载…
        </p>
      )}
      {isEmpty?.(state.data) ? <p className="empty">{empty ?? '暂无数据'}</p> : children(state.data)}
    </div>
  );
}

export function Figure({ label, value, testId, warn }: { label: string; value: string; testId?: string; warn?: boolean }) {
  return (
    <div className={warn ? 'figure warn' : 'figure'}>
      <div className="figure-label">{label}</div>
      <div className="figure-value" data-testid={testId}>
        {value}
      </div>
    </div>
  );
}

/** A labelled select of [value, text] options; `all` adds a first option '' meaning "no filter". */
export function Select({
  label,
  value,
  options,
  onChange,
  all,
  disabled,
  hint,
  testId,
}: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  all?: string;
  disabled?: boolean;
  /** Why the select is disabled, or what to do first: shown under it and read with it. */
  hint?: string;
  testId?: string;
}) {
  const hintId = useId();
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        data-testid={testId}
        aria-describedby={hint ? hintId : undefined}
        title={hint}
      >
        {all !== undefined && <option value="">{all}</option>}
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <span id={hintId} className="hint" data-testid={testId ? `${testId}-hint` : undefined}>
          {hint}
        </span>
      )}
    </label>
  );
}
