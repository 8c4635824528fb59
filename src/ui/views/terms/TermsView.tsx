// Placeholder: this view is being built.
export function TermsView() {
  return <div className="placeholder">TermsView</div>;
}
