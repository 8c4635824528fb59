// Placeholder: this view is being built.
export function LogView() {
  return <div className="placeholder">LogView</div>;
}
