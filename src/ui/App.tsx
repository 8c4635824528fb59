export function App() {
  return (
    <main>
      <h1>Raft Explorer</h1>
      <p>The explorer page is under construction. The simulation runs headless: see README.md.</p>
    </main>
  );
}
