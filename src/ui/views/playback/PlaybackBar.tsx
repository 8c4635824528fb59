// Placeholder: this view is being built.
export function PlaybackBar() {
  return <div className="placeholder">PlaybackBar</div>;
}
