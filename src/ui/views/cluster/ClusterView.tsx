// Placeholder: this view is being built.
export function ClusterView() {
  return <div className="placeholder">ClusterView</div>;
}
