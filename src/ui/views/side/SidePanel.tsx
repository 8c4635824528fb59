// Placeholder: this view is being built.
export function SidePanel() {
  return <div className="placeholder">SidePanel</div>;
}
