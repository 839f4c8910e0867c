import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title3 as="h1">PO Follow-up</Title3>
      </main>
    </FluentProvider>
  );
}
